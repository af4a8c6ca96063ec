import { Term } from "@/components/glossary/Term";
import type { NotesPlace } from "./notes";

/** Notes on the prevalence page: terms open their definition in place, callouts sit under the chart's h2. */
export const ON_PAGE: NotesPlace = { Term, links: "page", Heading: "h3" };
