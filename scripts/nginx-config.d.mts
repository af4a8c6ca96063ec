export declare const SITE_TEMPLATE: string;
export declare function renderTemplate(template: string, values: Record<string, string>): string;
export declare function localMainConfig(options: { dir: string; sitePath: string }): string;
