// Every page of the site, for the scripts that visit them all (bench, screenshots).
export const PAGES = ["/", "/survival", "/prevalence", "/subtypes", "/testing", "/treatments", "/data"];
