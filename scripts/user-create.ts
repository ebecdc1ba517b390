// npm run user:create -- --email a@city.example --role admin [--name 名前] [--section 課名] [--bureau 01] [--generate]
// Creates a user directly in the database (the first admin, typically). The
// password is typed without echo, or generated and shown once; it is never logged.
// With the embedded database, stop the server first: PGlite allows one process.

import readline from "node:readline";
import { parseArgs } from "node:util";
import { ServiceError } from "../lib/auth/errors.ts";
import { createDb, targetFromEnv } from "../lib/db/create-client.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { insertUserAsOperator, passwordSchema, userFieldsSchema } from "../lib/users/manage-users.ts";
import { generatePassword } from "../lib/users/passwords.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    section: { type: "string" },
    bureau: { type: "string" },
    generate: { type: "boolean", default: false },
  },
});

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const db = createDb(targetFromEnv());
  await prepareDatabase(db, { ...process.env, SEED_DEMO_USERS: "" });
  const section = values.section ? await db.section.findUnique({ where: { name: values.section } }) : null;
  if (values.section && !section) throw new Error(`所管部署「${values.section}」はありません。`);
  const bureau = values.bureau ? await db.bureau.findUnique({ where: { code: values.bureau } }) : null;
  if (values.bureau && !bureau) throw new Error(`部局コード「${values.bureau}」はありません。`);
  const fields = userFieldsSchema.parse({
    email: values.email,
    name: values.name ?? values.email,
    role: values.role,
    sectionId: section?.id ?? null,
    bureauId: bureau?.id ?? null,
  });
  let password: string;
  if (values.generate || !process.stdin.isTTY) {
    password = generatePassword();
  } else {
    password = passwordSchema.parse(await askHidden("パスワード（12文字以上）: "));
    if ((await askHidden("確認のためもう一度: ")) !== password) throw new Error("パスワードが一致しません。");
  }
  const user = await db.$transaction((tx) => insertUserAsOperator(tx, fields, password, "user.create_cli"));
  console.log(`作成しました: ${user.email}（${user.role}）`);
  if (values.generate || !process.stdin.isTTY) console.log(`初期パスワード（この一度だけ表示します）: ${password}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ServiceError && error.code === "email_taken"
      ? "そのメールアドレスは登録済みです。"
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
