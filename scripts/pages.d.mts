export declare const PAGES: string[];
