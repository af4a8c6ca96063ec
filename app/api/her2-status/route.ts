import { her2StatusGet, her2StatusPost } from "@/lib/api/her2-status";
import { preflightResponse } from "@/lib/api/respond";

export const GET = her2StatusGet;
export const POST = her2StatusPost;
export const OPTIONS = preflightResponse;
