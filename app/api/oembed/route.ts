import { oembedResponse } from "@/lib/api/oembed";
import { preflightResponse } from "@/lib/api/respond";

export const GET = oembedResponse;
export const OPTIONS = preflightResponse;
