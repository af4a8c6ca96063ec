import { apiMethods } from "@/lib/api/methods";
import { oembedResponse } from "@/lib/api/oembed";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: oembedResponse });
