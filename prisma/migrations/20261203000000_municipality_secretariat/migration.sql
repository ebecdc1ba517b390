-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "secretariat" TEXT NOT NULL DEFAULT '';

-- The division that ran the portal before it was data: existing Iizuka databases keep it.
UPDATE "Municipality" SET "secretariat" = '業務改善・DX推進課' WHERE "code" = '402052';
