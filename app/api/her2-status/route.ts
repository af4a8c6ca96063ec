import { her2StatusGet, her2StatusPost } from "@/lib/api/her2-status";
import { apiMethods } from "@/lib/api/methods";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: her2StatusGet, POST: her2StatusPost });
