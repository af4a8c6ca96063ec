import { ENDPOINTS } from "@/lib/api/endpoints";
import { apiMethods } from "@/lib/api/methods";
import { datasetResponse } from "@/lib/api/respond";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: (request: Request) => datasetResponse(request, ENDPOINTS.trials) });
