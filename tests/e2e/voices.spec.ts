import { devices } from "@playwright/test";
import { expect, expectNoViolations, newContext, pageAs, test } from "./support";

// 市民の声: a citizen asks about item 44 on a phone, the secretariat forwards the question to the
// item's section (税務課), the section answers, the secretariat publishes, the item page shows both.
test("a citizen's question on a phone is forwarded, answered by the section and published with the answer", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const question = `WEB口座振替の申込は、スマートフォンからもできますか？ 連絡先 090-1234-5678（e2e ${stamp}）`;
  const answer = `スマートフォンからも申し込めます。対応する金融機関は市のホームページに掲載しています（e2e ${stamp}）`;

  const citizen = await (await newContext(browser, undefined, devices["Pixel 7"])).newPage();
  await citizen.goto("/items/44");
  const region = citizen.getByRole("region", { name: "この取組へのご意見・ご質問" });
  await expect(region).toBeVisible();
  const form = region.getByRole("form", { name: "ご意見・ご質問を送る" });

  // Too long: the counter says so, the server refuses in words, and nothing typed is lost.
  const body = form.getByRole("textbox", { name: /^ご意見・ご質問/ });
  await body.fill("あ".repeat(1001));
  await expect(form.getByText("1文字超えています")).toBeVisible();
  await form.getByLabel("お名前またはニックネーム（任意）").fill("いいづか太郎");
  await form.getByLabel("年代（任意）").selectOption({ label: "40代" });
  await form.getByRole("button", { name: "送信" }).click();
  await expect(form.getByText("1000文字以内で入力してください。").first()).toBeVisible();
  await expect(form.getByLabel("お名前またはニックネーム（任意）")).toHaveValue("いいづか太郎");
  await expect(body).toHaveValue("あ".repeat(1001));
  await expectNoViolations(citizen);

  await body.fill(question);
  await expect(form.getByText(/^残り\d+文字$/)).toBeVisible();
  await form.getByRole("checkbox", { name: "公開してもよい" }).check();
  await form.getByRole("button", { name: "送信" }).click();
  await expect(form.getByText("受け付けました。")).toBeVisible();
  const referenceText = await form.getByText(/^受付番号：V-\d{6}$/).textContent();
  const reference = referenceText!.replace("受付番号：", "");
  await expect(body).toHaveValue("");
  expect(
    await citizen.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
  ).toBe(true);
  // Nothing is public before a person has decided.
  await expect(region).not.toContainText(question);

  // The secretariat reads the question as sent and forwards it to the section.
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "市民の声" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "市民の声" })).toBeVisible();
  const adminCard = admin.getByRole("article", { name: `受付番号 ${reference}` });
  await expect(adminCard).toContainText("090-1234-5678");
  await expect(adminCard).toContainText("40代");
  await expectNoViolations(admin);
  await adminCard.getByRole("button", { name: /担当課へ回付/ }).click();
  await expect(admin.getByText(/担当課へ回付しました。/)).toBeVisible();

  // The section's editor sees it with the phone number hidden, and answers.
  const editor = await pageAs(browser, "zeimu@example.jp");
  await editor.goto("/staff/voices");
  const editorCard = editor.getByRole("article", { name: `受付番号 ${reference}` });
  await expect(editorCard).toContainText("［電話番号］");
  await expect(editorCard).not.toContainText("090-1234-5678");
  await expectNoViolations(editor);
  await editorCard.getByLabel(/^市の考え方/).fill(answer);
  await editorCard.getByRole("button", { name: /市の考え方を保存/ }).click();
  await expect(editor.getByText(/市の考え方を保存しました。/)).toBeVisible();

  // The secretariat publishes it with the answer.
  await admin.goto(`/staff/voices?item=44&state=answered`);
  await admin
    .getByRole("article", { name: `受付番号 ${reference}` })
    .getByRole("button", { name: /公開する/ })
    .click();
  await expect(admin.getByText(/公開しました。/)).toBeVisible();

  // The item page shows the question (masked) with the city's answer; the name was not allowed.
  await expect(async () => {
    await citizen.goto("/items/44");
    await expect(region).toContainText(answer, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(region).toContainText(reference);
  await expect(region).toContainText("［電話番号］");
  await expect(region).not.toContainText("090-1234-5678");
  await expect(region).not.toContainText("いいづか太郎");
  await expectNoViolations(citizen);
  await citizen.context().close();
  await admin.context().close();
  await editor.context().close();
});
