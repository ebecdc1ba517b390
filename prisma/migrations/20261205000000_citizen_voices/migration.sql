-- 市民の声: citizens' opinions and questions on items, moderated and answered (lib/voices).
CREATE TYPE "VoiceState" AS ENUM ('received', 'forwarded', 'answered', 'published', 'rejected');

ALTER TYPE "NotificationKind" ADD VALUE 'voice_forwarded';

CREATE TABLE "CitizenVoice" (
    "id" SERIAL NOT NULL,
    "itemId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "maskedBody" TEXT NOT NULL,
    "name" TEXT,
    "ageGroup" TEXT,
    "mayPublish" BOOLEAN NOT NULL,
    "nameMayPublish" BOOLEAN NOT NULL,
    "state" "VoiceState" NOT NULL DEFAULT 'received',
    "rejectReason" TEXT,
    "answer" TEXT,
    "answeredById" INTEGER,
    "answeredAt" TIMESTAMP(3),
    "handledById" INTEGER,
    "forwardedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CitizenVoice_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "CitizenVoice_itemId_state_idx" ON "CitizenVoice"("itemId", "state");
CREATE INDEX "CitizenVoice_state_createdAt_idx" ON "CitizenVoice"("state", "createdAt");

ALTER TABLE "CitizenVoice" ADD CONSTRAINT "CitizenVoice_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "PlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitizenVoice" ADD CONSTRAINT "CitizenVoice_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CitizenVoice" ADD CONSTRAINT "CitizenVoice_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
