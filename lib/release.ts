/** The data release: every data file carries it (a test checks), and citations and exports name it. */
export const DATA_VERSION = "2026.12.07";
export const SITE_NAME = "HER2 Atlas";
