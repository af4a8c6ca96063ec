import { apiMethods } from "@/lib/api/methods";
import { predictResponse } from "@/lib/api/predict";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: predictResponse });
