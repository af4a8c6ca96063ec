export declare const testChromiumPath: string;
export declare const chromiumArgs: string[];
export declare function requireChromium(path?: string): string;
