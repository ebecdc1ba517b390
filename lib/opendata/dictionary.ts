/**
 * The column dictionary of every open-data dataset, the one place that names a column: the CSV
 * and xlsx headers (Japanese label), the JSON field (English), and the /opendata page's tables
 * are all written from it, so they never disagree. The first three columns of each dataset follow
 * the 自治体標準オープンデータセット: 全国地方公共団体コード, ID, 地方公共団体名.
 */

/** How a column's values are written (labels under "opendata.types" in the catalogs). */
export type ColumnType = "code" | "text" | "integer" | "decimal" | "boolean" | "datetime";

export interface DatasetColumn {
  /** the Japanese header of the CSV and the xlsx */
  label: string;
  /** the JSON field */
  field: string;
  type: ColumnType;
  /** a value as the CSV writes it */
  example: string;
  description: { ja: string; en: string };
}

const t = (ja: string, en: string) => ({ ja, en });

const COMMON = [
  {
    label: "全国地方公共団体コード",
    field: "municipalityCode",
    type: "code",
    example: "402052",
    description: t("6桁（検査数字を含む）", "6 digits, the last a check digit"),
  },
  {
    label: "ID",
    field: "id",
    type: "code",
    example: "44",
    description: t("データセット内で行を一意に識別する値", "identifies the row within the dataset"),
  },
  {
    label: "地方公共団体名",
    field: "municipalityName",
    type: "text",
    example: "飯塚市",
    description: t("計画を所管する地方公共団体", "the municipality whose plan this is"),
  },
] as const satisfies readonly DatasetColumn[];

const ITEM_PLACE = [
  {
    label: "部局コード",
    field: "bureauCode",
    type: "code",
    example: "02",
    description: t("部局の2桁のコード", "the bureau's two-digit code"),
  },
  {
    label: "部局名",
    field: "bureau",
    type: "text",
    example: "行政経営部",
    description: t("取組項目を所管する部局", "the bureau responsible for the item"),
  },
  {
    label: "所管部署",
    field: "section",
    type: "text",
    example: "税務課",
    description: t("主たる所管部署（空欄は未設定）", "the main responsible section (empty when none)"),
  },
] as const satisfies readonly DatasetColumn[];

const REPORT_VALUES = [
  {
    label: "進捗状況",
    field: "status",
    type: "text",
    example: "実施中",
    description: t(
      "未報告・未着手・検討中・実施中・完了・休止・中止のいずれか",
      "one of 未報告 (not reported), 未着手, 検討中, 実施中, 完了, 休止・中止",
    ),
  },
  {
    label: "評価",
    field: "evaluation",
    type: "text",
    example: "B",
    description: t(
      "A（順調）・B（概ね順調）・C（やや遅れ）・D（遅れ）。空欄は評価なし",
      "A (on track), B (mostly on track), C (slightly behind), D (behind); empty when none",
    ),
  },
  {
    label: "進捗率",
    field: "progressPercent",
    type: "integer",
    example: "40",
    description: t("0〜100（%）。空欄は記載なし", "0–100 (%); empty when not given"),
  },
] as const satisfies readonly DatasetColumn[];

const PERIOD = [
  {
    label: "報告期間キー",
    field: "periodKey",
    type: "code",
    example: "2025-first_half",
    description: t(
      "年度と期（first_half＝上半期、year_end＝年度末）。APIの period に指定できます",
      "fiscal year and term (first_half, year_end); the API's period parameter",
    ),
  },
  {
    label: "報告期間",
    field: "periodLabel",
    type: "text",
    example: "令和7年度 上半期",
    description: t("報告期間の名称", "the period's name"),
  },
] as const satisfies readonly DatasetColumn[];

const ITEM_COLUMNS = [
  ...COMMON,
  {
    label: "番号",
    field: "number",
    type: "integer",
    example: "44",
    description: t("取組項目の番号（IDと同じ）", "the item's number (same as ID)"),
  },
  {
    label: "取組項目名",
    field: "title",
    type: "text",
    example: "WEB口座振替受付サービスの推進",
    description: t("取組項目の名称", "the item's title"),
  },
  ...ITEM_PLACE,
  {
    label: "取組の目的",
    field: "purpose",
    type: "text",
    example: "",
    description: t("計画の記載", "as the plan states it"),
  },
  {
    label: "取組の内容",
    field: "content",
    type: "text",
    example: "",
    description: t("計画の記載", "as the plan states it"),
  },
  {
    label: "3年後の目指す姿（目標）",
    field: "target",
    type: "text",
    example: "",
    description: t("計画の記載", "as the plan states it"),
  },
  {
    label: "大分類",
    field: "area",
    type: "text",
    example: "人(職員)の改革",
    description: t("計画の記載どおり（空欄は未設定）", "as the plan writes it (empty when none)"),
  },
  {
    label: "小分類",
    field: "direction",
    type: "text",
    example: "歳入の適正化",
    description: t("計画の記載どおり（空欄は未設定）", "as the plan writes it (empty when none)"),
  },
  {
    label: "大分類（標準名）",
    field: "areaCanonical",
    type: "text",
    example: "人（職員）の改革",
    description: t(
      "大分類を計画の大分類一覧の名称にそろえた値（空欄は集計の「その他・未分類」）",
      "the 大分類 as the plan's list of areas names it (empty: その他・未分類 in the summary)",
    ),
  },
  {
    label: "小分類（標準名）",
    field: "directionCanonical",
    type: "text",
    example: "歳入の適正化",
    description: t(
      "小分類を計画の小分類一覧の名称にそろえた値（空欄は集計の「その他・未分類」）",
      "the 小分類 as the plan's list of directions names it (empty: その他・未分類 in the summary)",
    ),
  },
  {
    label: "プラン取組項目分類",
    field: "classification",
    type: "text",
    example: "電子契約の推進",
    description: t("計画の記載どおり（空欄は未設定）", "as the plan writes it (empty when none)"),
  },
  {
    label: "計画期間（開始年度）",
    field: "startFiscalYear",
    type: "integer",
    example: "2024",
    description: t("西暦の年度", "fiscal year (Gregorian)"),
  },
  {
    label: "計画期間（終了年度）",
    field: "endFiscalYear",
    type: "integer",
    example: "2026",
    description: t("西暦の年度", "fiscal year (Gregorian)"),
  },
  ...REPORT_VALUES,
  {
    label: "報告公開日時",
    field: "asOf",
    type: "datetime",
    example: "2025-11-05T10:00:00+09:00",
    description: t("最新の公開済み報告の公開日時（空欄は未報告）", "when the latest published report was published"),
  },
  {
    label: "未更新",
    field: "stale",
    type: "boolean",
    example: "false",
    description: t(
      "直近に締め切った報告期間の報告が公開されていないとき true",
      "true when nothing was published for the latest closed period",
    ),
  },
  {
    label: "達成度",
    field: "achievement",
    type: "text",
    example: "判定前",
    description: t(
      "3年後の目標に対する判定：判定前・達成・一部達成・未達成",
      "judgement against the 3-year target: 判定前, 達成, 一部達成, 未達成",
    ),
  },
  {
    label: "更新日時",
    field: "updatedAt",
    type: "datetime",
    example: "2025-11-05T10:00:00+09:00",
    description: t("項目または報告が最後に変わった日時", "when the item or its report last changed"),
  },
] as const satisfies readonly DatasetColumn[];

/** The item a row is about, as the items dataset numbers and names it. */
const ITEM_REF = [
  {
    label: "取組項目番号",
    field: "itemNumber",
    type: "integer",
    example: "44",
    description: t("取組項目データセットの番号", "the number in the items dataset"),
  },
  {
    label: "取組項目名",
    field: "itemTitle",
    type: "text",
    example: "WEB口座振替受付サービスの推進",
    description: t("取組項目の名称", "the item's title"),
  },
] as const satisfies readonly DatasetColumn[];

const REPORT_COLUMNS = [
  ...COMMON,
  ...ITEM_REF,
  ...ITEM_PLACE,
  ...PERIOD,
  {
    label: "版",
    field: "revision",
    type: "integer",
    example: "1",
    description: t("公開された報告の版（訂正ごとに1増える）", "the published revision (each correction adds 1)"),
  },
  {
    label: "訂正",
    field: "correction",
    type: "boolean",
    example: "false",
    description: t("先に公開した報告の訂正（第2版以降）のとき true", "true for a correction (revision 2 and later)"),
  },
  ...REPORT_VALUES,
  { label: "実績", field: "achievements", type: "text", example: "", description: t("報告の記載", "as reported") },
  { label: "課題", field: "issues", type: "text", example: "", description: t("報告の記載", "as reported") },
  { label: "今後の取組", field: "nextSteps", type: "text", example: "", description: t("報告の記載", "as reported") },
  {
    label: "公開日時",
    field: "publishedAt",
    type: "datetime",
    example: "2025-11-05T10:00:00+09:00",
    description: t("この版を公開した日時", "when this revision was published"),
  },
] as const satisfies readonly DatasetColumn[];

const INDICATOR_COLUMNS = [
  ...COMMON,
  {
    label: "区分",
    field: "scope",
    type: "text",
    example: "KPI",
    description: t(
      "成果指標（ビジョン全体の指標）または KPI（取組項目の指標）",
      "成果指標 (an indicator of the vision) or KPI (of one item)",
    ),
  },
  {
    label: "取組項目番号",
    field: "itemNumber",
    type: "integer",
    example: "44",
    description: t("KPIの取組項目（成果指標は空欄）", "the KPI's item (empty for 成果指標)"),
  },
  {
    label: "指標名",
    field: "name",
    type: "text",
    example: "WEB口座振替受付サービスの利用率",
    description: t("指標の名称", "the indicator's name"),
  },
  { label: "説明", field: "description", type: "text", example: "", description: t("指標の説明", "what it measures") },
  { label: "単位", field: "unit", type: "text", example: "%", description: t("値の単位", "the values' unit") },
  {
    label: "基準値",
    field: "baselineValue",
    type: "decimal",
    example: "12.5",
    description: t("空欄は基準値なし", "empty when there is none"),
  },
  {
    label: "基準年度",
    field: "baselineYear",
    type: "integer",
    example: "2023",
    description: t("西暦の年度", "fiscal year (Gregorian)"),
  },
  {
    label: "目標値",
    field: "targetValue",
    type: "decimal",
    example: "20",
    description: t("空欄は数値の目標なし", "empty when the target is not a figure"),
  },
  {
    label: "目標年度",
    field: "targetYear",
    type: "integer",
    example: "2026",
    description: t("西暦の年度", "fiscal year (Gregorian)"),
  },
  {
    label: "目標の記載",
    field: "targetText",
    type: "text",
    example: "上昇",
    description: t("計画に書かれた目標", "the target as the plan writes it"),
  },
  {
    label: "方向",
    field: "direction",
    type: "text",
    example: "上昇",
    description: t("目指す方向：上昇・低下・維持", "the aim: 上昇 (up), 低下 (down), 維持 (keep)"),
  },
  {
    label: "出典",
    field: "sourceText",
    type: "text",
    example: "",
    description: t("基準値の調査と年度", "the survey and year of the baseline"),
  },
] as const satisfies readonly DatasetColumn[];

const INDICATOR_VALUE_COLUMNS = [
  ...COMMON,
  {
    label: "指標ID",
    field: "indicatorId",
    type: "code",
    example: "7",
    description: t("成果指標・KPIデータセットのID", "the ID in the indicators dataset"),
  },
  {
    label: "指標名",
    field: "indicatorName",
    type: "text",
    example: "WEB口座振替受付サービスの利用率",
    description: t("指標の名称", "the indicator's name"),
  },
  {
    label: "取組項目番号",
    field: "itemNumber",
    type: "integer",
    example: "44",
    description: t("KPIの取組項目（成果指標は空欄）", "the KPI's item (empty for 成果指標)"),
  },
  {
    label: "年度",
    field: "fiscalYear",
    type: "integer",
    example: "2025",
    description: t("実績の年度（西暦）", "fiscal year of the actual (Gregorian)"),
  },
  {
    label: "報告期間キー",
    field: "periodKey",
    type: "code",
    example: "2025-first_half",
    description: t("KPIの実績を報告した期間（成果指標は空欄）", "the period the KPI's actual was reported for"),
  },
  {
    label: "報告期間",
    field: "periodLabel",
    type: "text",
    example: "令和7年度 上半期",
    description: t("報告期間の名称", "the period's name"),
  },
  { label: "実績値", field: "value", type: "decimal", example: "15.5", description: t("実績の値", "the actual") },
  { label: "単位", field: "unit", type: "text", example: "%", description: t("値の単位", "the value's unit") },
  { label: "備考", field: "note", type: "text", example: "", description: t("実績の注記", "a note on the actual") },
  {
    label: "報告ID",
    field: "reportId",
    type: "code",
    example: "44-2025-first_half-1",
    description: t(
      "実績を載せた公開済み報告（公開報告データセットのID。成果指標は空欄）",
      "the published report that carries it (the reports dataset's ID)",
    ),
  },
  {
    label: "公開日時",
    field: "publishedAt",
    type: "datetime",
    example: "2025-11-05T10:00:00+09:00",
    description: t("報告の公開日時（成果指標は空欄）", "when the report was published (empty for 成果指標)"),
  },
] as const satisfies readonly DatasetColumn[];

const count = <F extends string>(label: string, field: F, ja: string, en: string) =>
  ({ label, field, type: "integer", example: "3", description: t(ja, en) }) as const;

const SUMMARY_COLUMNS = [
  ...COMMON,
  ...PERIOD,
  {
    label: "集計区分",
    field: "dimension",
    type: "text",
    example: "部局",
    description: t(
      "全体・大分類・小分類・部局・所管部署・プラン取組項目分類のいずれか",
      "全体 (all), 大分類, 小分類, 部局, 所管部署 or プラン取組項目分類",
    ),
  },
  {
    label: "区分名",
    field: "group",
    type: "text",
    example: "行政経営部",
    description: t("集計した区分の名称", "the group's name"),
  },
  {
    label: "区分コード",
    field: "groupCode",
    type: "code",
    example: "02",
    description: t("部局のコード（部局のみ）", "the bureau's code (bureaus only)"),
  },
  {
    label: "上位区分",
    field: "parent",
    type: "text",
    example: "",
    description: t("小分類の大分類、所管部署の部局コード", "the area of a direction, the bureau code of a section"),
  },
  {
    label: "その他・未分類",
    field: "unassigned",
    type: "boolean",
    example: "false",
    description: t(
      "計画の区分のどれにも入らない項目をまとめた行のとき true（各集計区分の行の合計が全体になるように）",
      "true on the row of the items outside every group of the dimension, so that the rows add up to the whole",
    ),
  },
  count("取組項目数", "items", "区分の取組項目の数", "items in the group"),
  count("進捗状況（未報告）", "statusNotReported", "公開済みの報告がない項目数", "items without a published report"),
  count("進捗状況（未着手）", "statusNotStarted", "項目数", "items"),
  count("進捗状況（検討中）", "statusConsidering", "項目数", "items"),
  count("進捗状況（実施中）", "statusInProgress", "項目数", "items"),
  count("進捗状況（完了）", "statusCompleted", "項目数", "items"),
  count("進捗状況（休止・中止）", "statusSuspended", "項目数", "items"),
  count("評価（未報告）", "evaluationNotReported", "公開済みの報告がない項目数", "items without a published report"),
  count("評価（A）", "evaluationA", "項目数", "items"),
  count("評価（B）", "evaluationB", "項目数", "items"),
  count("評価（C）", "evaluationC", "項目数", "items"),
  count("評価（D）", "evaluationD", "項目数", "items"),
  count("評価（評価なし）", "evaluationUnrated", "報告に評価がない項目数", "reported items without an evaluation"),
  count("達成度（判定前）", "achievementPending", "項目数", "items"),
  count("達成度（達成）", "achievementAchieved", "項目数", "items"),
  count("達成度（一部達成）", "achievementPartlyAchieved", "項目数", "items"),
  count("達成度（未達成）", "achievementNotAchieved", "項目数", "items"),
  count("報告あり", "reported", "公開済みの報告がある項目数", "items with a published report"),
  {
    label: "平均進捗率",
    field: "meanProgress",
    type: "decimal",
    example: "42.5",
    description: t("進捗率を報告した項目の平均（%）", "mean 進捗率 of the items that gave one (%)"),
  },
  {
    label: "完了割合",
    field: "completedShare",
    type: "decimal",
    example: "0.25",
    description: t("完了の項目数 ÷ 取組項目数（0〜1）", "completed items ÷ items (0–1)"),
  },
  count(
    "今期報告あり",
    "current",
    "この報告期間の報告が公開された項目数",
    "items with a report published for the period",
  ),
  {
    label: "更新率",
    field: "updateRate",
    type: "decimal",
    example: "0.5",
    description: t("今期報告あり ÷ 取組項目数（0〜1）", "items reported for the period ÷ items (0–1)"),
  },
  count("未更新", "stale", "直近に締め切った期間の報告が公開されていない項目数", "items marked 未更新"),
  count("KPI数", "kpis", "区分の項目の確定したKPIの数", "confirmed KPIs of the group's items"),
  count("KPI（実績あり）", "kpisMeasured", "実績があり達成率を計算できるKPIの数", "KPIs with an actual and a rate"),
  count("KPI（目標到達）", "kpisAchieved", "達成率が100%に達したKPIの数", "KPIs whose rate reached 100%"),
  {
    label: "KPI平均達成率",
    field: "kpiMeanRate",
    type: "decimal",
    example: "0.6",
    description: t("実績のあるKPIの達成率（上限1）の平均（0〜1）", "mean rate of measured KPIs, each capped at 1"),
  },
] as const satisfies readonly DatasetColumn[];

const CHECK_COLUMNS = [
  ...COMMON,
  ...PERIOD,
  ...ITEM_REF,
  {
    label: "チェック",
    field: "check",
    type: "text",
    example: "完了だが進捗率100%未満",
    description: t(
      "整合性チェックの種類（規則はこのページの説明とREADMEに記載）",
      "the kind of consistency check (rules on this page and in the README)",
    ),
  },
  {
    label: "チェックキー",
    field: "checkKey",
    type: "code",
    example: "completed_below_full",
    description: t("チェックの種類の英字キー", "the check's key"),
  },
  {
    label: "KPI",
    field: "kpi",
    type: "text",
    example: "",
    description: t("KPIに関するチェックのときの指標名", "the KPI, for a check about one"),
  },
  {
    label: "事務局の説明",
    field: "explanation",
    type: "text",
    example: "",
    description: t(
      "事務局が確認した内容（説明がなければ空）",
      "what the secretariat found on checking (empty if none)",
    ),
  },
  {
    label: "説明日時",
    field: "explainedAt",
    type: "datetime",
    example: "",
    description: t("説明を記入した日時", "when the explanation was written"),
  },
] as const satisfies readonly DatasetColumn[];

const CHANGE_COLUMNS = [
  ...COMMON,
  ...ITEM_REF,
  {
    label: "変更した項目",
    field: "field",
    type: "text",
    example: "3年後の目指す姿（目標）",
    description: t(
      "変更された記載（名称・目標・計画期間・KPIの目標など）",
      "what was changed (title, target, plan period, a KPI's target…)",
    ),
  },
  { label: "変更前", field: "before", type: "text", example: "", description: t("変更前の記載", "before the change") },
  { label: "変更後", field: "after", type: "text", example: "", description: t("変更後の記載", "after the change") },
  {
    label: "変更理由",
    field: "reason",
    type: "text",
    example: "",
    description: t("事務局が記録した理由", "the reason the secretariat recorded"),
  },
  {
    label: "変更者",
    field: "changedBy",
    type: "text",
    example: "事務局",
    description: t("変更した担当（個人名は公開しません）", "who changed it (by role; no personal names)"),
  },
  {
    label: "変更日時",
    field: "changedAt",
    type: "datetime",
    example: "2026-04-01T09:00:00+09:00",
    description: t("変更を記録した日時", "when the change was recorded"),
  },
] as const satisfies readonly DatasetColumn[];

const VOICE_COLUMNS = [
  ...COMMON,
  {
    label: "受付番号",
    field: "reference",
    type: "code",
    example: "V-000123",
    description: t("市民の声の受付番号（IDと同じ）", "the voice's reference number (the same as the ID)"),
  },
  ...ITEM_REF,
  {
    label: "年代",
    field: "ageGroup",
    type: "text",
    example: "40代",
    description: t(
      "10代・20代・30代・40代・50代・60代・70代以上のいずれか（回答がなければ空）",
      "one of 10代 (teens), 20代 … 60代, 70代以上 (70 or over); empty when not given",
    ),
  },
  {
    label: "名前",
    field: "name",
    type: "text",
    example: "",
    description: t(
      "名前またはニックネーム（本人が公開に同意した場合だけ。ほかは空）",
      "the name or nickname, only when the sender allowed it to be published (else empty)",
    ),
  },
  {
    label: "ご意見・ご質問",
    field: "body",
    type: "text",
    example: "",
    description: t(
      "寄せられた内容（電話番号・メールアドレスは伏せ字）",
      "what was sent, with telephone numbers and e-mail addresses hidden",
    ),
  },
  {
    label: "市の考え方",
    field: "answer",
    type: "text",
    example: "",
    description: t("市の回答", "the city's answer"),
  },
  {
    label: "受付日時",
    field: "receivedAt",
    type: "datetime",
    example: "2026-04-01T09:00:00+09:00",
    description: t("市民の声を受け付けた日時", "when the voice was received"),
  },
  {
    label: "回答日時",
    field: "answeredAt",
    type: "datetime",
    example: "2026-04-08T09:00:00+09:00",
    description: t("市の考え方を記入した日時", "when the answer was written"),
  },
  {
    label: "公開日時",
    field: "publishedAt",
    type: "datetime",
    example: "2026-04-10T09:00:00+09:00",
    description: t("事務局が公開した日時", "when the secretariat published it"),
  },
] as const satisfies readonly DatasetColumn[];

/** The datasets in the order the page lists them; the key is the URL's name (/api/v1/datasets/{key}.csv). */
export const DATASETS = {
  items: { sheet: "取組項目", columns: ITEM_COLUMNS },
  reports: { sheet: "公開済み報告", columns: REPORT_COLUMNS },
  indicators: { sheet: "成果指標・KPI", columns: INDICATOR_COLUMNS },
  "indicator-values": { sheet: "成果指標・KPI実績値", columns: INDICATOR_VALUE_COLUMNS },
  summary: { sheet: "集計", columns: SUMMARY_COLUMNS },
  checks: { sheet: "整合性チェック", columns: CHECK_COLUMNS },
  changes: { sheet: "目標の変更履歴", columns: CHANGE_COLUMNS },
  voices: { sheet: "市民の声", columns: VOICE_COLUMNS },
} as const;

export type DatasetName = keyof typeof DATASETS;
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function isDatasetName(value: string): value is DatasetName {
  return Object.hasOwn(DATASETS, value);
}

type ValueOf<T extends ColumnType> = T extends "integer" | "decimal"
  ? number | null
  : T extends "boolean"
    ? boolean
    : string | null;

/** One row of a dataset: exactly its dictionary's fields, each with the type its column declares. */
export type DatasetRecord<N extends DatasetName> = {
  [C in (typeof DATASETS)[N]["columns"][number] as C["field"]]: ValueOf<C["type"]>;
};

/** A row of any dataset. */
export type AnyDatasetRecord = { [N in DatasetName]: DatasetRecord<N> }[DatasetName];

/** The columns of a dataset, widened for code that handles any of them. */
export function columnsOf(name: DatasetName): readonly DatasetColumn[] {
  return DATASETS[name].columns;
}
