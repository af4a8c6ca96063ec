export declare const PAGES: string[];
export declare const SAME_TEMPLATE_AS_EARLIER: string[];
export declare const EMBEDS: string[];
export declare const DATASET_ROUTES: string[];
export declare const DEFAULT_VIEWS: string[];
