-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('due_reminder', 'overdue_digest', 'period_opened', 'report_submitted', 'report_returned', 'report_published', 'period_closed');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('none', 'pending', 'sending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "User" ADD COLUMN "optionalMail" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "mailStatus" "MailStatus" NOT NULL DEFAULT 'none',
    "mailAttempts" INTEGER NOT NULL DEFAULT 0,
    "mailNextAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mailLockedUntil" TIMESTAMP(3),
    "mailError" TEXT,
    "mailSentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_mailStatus_mailNextAt_idx" ON "Notification"("mailStatus", "mailNextAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
