import { pagesBench } from "./bench-pages.ts";

await pagesBench();
