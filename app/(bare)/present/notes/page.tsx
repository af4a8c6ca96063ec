import type { Metadata } from "next";
import { CHANNEL_ID } from "@/components/present/notes-channel";
import { PresentRoot } from "@/components/present/PresentRoot";
import { SpeakerNotesWindow } from "@/components/present/SpeakerNotesWindow";
import { pickOne, type SearchParams } from "@/lib/charts/url-state";
import { PRESENT_THEMES } from "@/lib/present-theme";
import "../present.css";

// A window the presentation opens for its speaker: nothing for a search engine or a card.
export const metadata: Metadata = { title: "Speaker notes", robots: { index: false } };

export default async function SpeakerNotesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const theme = pickOne(params, "theme", PRESENT_THEMES, "light", []);
  // An id of the expected shape or none: the page never writes back anything else it was given.
  const channel = typeof params.channel === "string" && CHANNEL_ID.test(params.channel) ? params.channel : null;
  return (
    <PresentRoot theme={theme} title="Speaker notes">
      <SpeakerNotesWindow channelId={channel} />
    </PresentRoot>
  );
}
