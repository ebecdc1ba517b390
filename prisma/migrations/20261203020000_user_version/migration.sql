-- Optimistic concurrency for the secretariat's user edit: the edit names the version it was based on.
ALTER TABLE "User" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
