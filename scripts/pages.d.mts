export declare const PAGES: string[];
export declare const EMBEDS: string[];
