-- Sign-in throttling lives in the limiter rows (lib/auth/throttle.ts), per account and address;
-- these per-account columns were no longer written and made the user list show stale locks.
ALTER TABLE "User" DROP COLUMN "failedLoginCount",
DROP COLUMN "lockedUntil";
