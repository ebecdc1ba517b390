import { DEMO_PASSWORD, expect, expectNoViolations, newContext, pageAs, test } from "./support";

test("a council member records an opinion, the secretariat answers and publishes it, the public sees both", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const opinion = `利用率20%の目標に対する現状値を示してください（e2e ${stamp}）`;
  const answer = `次回の報告から利用率の実績値を掲載します（e2e ${stamp}）`;

  // A member reading item 44 follows its link to write an opinion on it. The council's pages need a
  // sign-in, which leads back to the form with the item already chosen.
  const council = await (await newContext(browser)).newPage();
  await council.goto("/items/44");
  // A citizen reading the same paragraph is sent to their own form on the page.
  await council
    .getByRole("region", { name: "審議会の意見" })
    .getByRole("link", { name: "「この取組へのご意見・ご質問」", exact: true })
    .click();
  // :target is the element the address's fragment names: the section's heading, not a dead anchor.
  await expect(council.locator(":target")).toHaveText("この取組へのご意見・ご質問");
  await council
    .getByRole("region", { name: "審議会の意見" })
    .getByRole("link", { name: "この取組について意見を登録", exact: true })
    .click();
  await expect(council).toHaveURL(/\/login\?callbackUrl=%2Fcouncil%2Fopinions%3Fitem%3D44$/);
  await council.getByLabel("メールアドレス").fill("council@example.jp");
  await council.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await council.getByRole("button", { name: "ログイン" }).click();
  await expect(council).toHaveURL(/\/council\/opinions\?item=44$/);
  await expect(council.getByRole("heading", { level: 1, name: "審議会意見" })).toBeVisible();
  await expect(
    council.getByRole("navigation", { name: "審議会委員メニュー" }).getByRole("link", { name: "意見の登録・確認" }),
  ).toHaveAttribute("aria-current", "page");
  await expectNoViolations(council);

  // An opinion on item 44, chosen by the link; the field offers every item as a suggestion.
  await expect(council.getByRole("radio", { name: "取組項目", exact: true })).toBeChecked();
  const item = council.getByLabel("取組項目（番号または名称）");
  await expect(item).toHaveValue("44 WEB口座振替受付サービスの推進");
  expect(await council.locator(`datalist[id="${await item.getAttribute("list")}"] option`).count()).toBe(118);
  await council.getByLabel("意見", { exact: true }).fill(opinion);
  await council.getByRole("button", { name: "意見を登録する" }).click();
  await expect(council.getByText("意見を登録しました。事務局の対応をお待ちください。")).toBeVisible();
  const card = council.getByRole("article").filter({ hasText: opinion });
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(/^No\.44 WEB口座振替受付サービスの推進/);
  await expect(card).toContainText("対応待ち");
  await expect(card).toContainText("事務局の対応はまだありません。");
  await expect(council.getByLabel("意見", { exact: true })).toHaveValue("");
  await expectNoViolations(council);

  // The secretariat answers it …
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/opinions");
  await expect(admin.getByRole("heading", { level: 1, name: "審議会意見への対応" })).toBeVisible();
  await expectNoViolations(admin);
  const waiting = admin
    .getByRole("region", { name: /^対応待ち/ })
    .getByRole("article")
    .filter({ hasText: opinion });
  await waiting.getByLabel("対応（回答）").fill(answer);
  await waiting.getByRole("button", { name: "対応を保存" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "対応を保存しました。" })).toBeVisible();

  // … which is not public yet …
  await page.goto("/items/44");
  await expect(page.getByText(opinion)).toHaveCount(0);

  // … until it is published.
  const answered = admin
    .getByRole("region", { name: /^対応済み・未公開/ })
    .getByRole("article")
    .filter({ hasText: opinion });
  await expect(answered.getByLabel("対応（回答）")).toHaveValue(answer);
  await answered.getByRole("button", { name: "意見と対応を公開" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "公開しました。" })).toBeVisible();
  await expect(
    admin
      .getByRole("region", { name: /^公開済み/ })
      .getByRole("article")
      .filter({ hasText: opinion }),
  ).toContainText(answer);
  await expectNoViolations(admin);

  // An anonymous visitor sees the opinion and the answer on the item's page within seconds …
  await expect(async () => {
    await page.goto("/items/44");
    await expect(page.getByText(opinion)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const onItem = page.getByRole("region", { name: "審議会の意見" });
  await expect(onItem).toContainText(opinion);
  await expect(onItem).toContainText(answer);

  // … and on /council, next to the meeting record, linked to the item.
  await page.goto("/council");
  await expect(page.getByRole("heading", { level: 1, name: "行政経営戦略推進審議会" })).toBeVisible();
  const portal = page.getByRole("region", { name: "委員からの意見と対応" });
  await expect(portal).toContainText(opinion);
  await expect(portal).toContainText(answer);
  await expect(portal.getByRole("link", { name: /^No\.44 / })).toHaveAttribute("href", "/items/44");
  await expectNoViolations(page);

  // The council member sees it published, with the answer.
  await council.reload();
  await expect(card).toContainText("公開済み");
  await expect(card).toContainText(answer);
});
