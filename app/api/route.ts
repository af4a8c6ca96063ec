import { apiIndex } from "@/lib/api/catalog";
import { apiMethods } from "@/lib/api/methods";
import { documentHandler } from "@/lib/api/respond";
import { API_ROUTES } from "@/lib/api/routes";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: documentHandler(() => apiIndex(API_ROUTES)) });
