import { apiMethods } from "@/lib/api/methods";
import { trialSurvivalResponse } from "@/lib/api/trials";

/** /api/trials/<endpoint>/survival[?at=…]: the Kaplan–Meier curve, or S(t) at the times asked for. */
async function survival(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return trialSurvivalResponse(request, (await params).id);
}

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods({ GET: survival });
