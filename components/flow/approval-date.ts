/** An FDA action date as "15 Dec 2025" (dates are UTC days). */
export const APPROVAL_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
