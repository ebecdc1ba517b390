import { SAVED_ACCOUNTS, test as setup, signIn, storageStateOf } from "./support";

// Signs each account in once through the login form; the specs reuse the saved sessions.
for (const email of SAVED_ACCOUNTS) {
  setup(`sign in as ${email}`, async ({ page }) => {
    await signIn(page, email);
    await page.context().storageState({ path: storageStateOf(email) });
  });
}
