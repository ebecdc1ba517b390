import { useTranslations } from "next-intl";

/** How far the due date is: days left, today, or days overdue (in the error colour with a sign, never by colour alone). */
export function DaysLeft({ days }: { days: number }) {
  const t = useTranslations("staff.home");
  return (
    <span className={`text-std-16B-170 ${days < 0 ? "text-error-1" : "text-solid-gray-900"}`}>
      {days < 0 && <span aria-hidden="true">⚠ </span>}
      {days > 0 ? t("daysLeft", { days }) : days === 0 ? t("dueToday") : t("overdue", { days: -days })}
    </span>
  );
}
