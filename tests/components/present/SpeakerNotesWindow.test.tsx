import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readMessage } from "@/components/present/notes-channel";
import { SpeakerNotesWindow } from "@/components/present/SpeakerNotesWindow";
import { SLIDE_KEYS } from "@/lib/present/slide-keys";

/** The channel as the notes window sees it: every message it posts is kept, read back as the presentation would. */
const posted: unknown[] = [];
class RecordingChannel {
  onmessage: ((event: MessageEvent) => void) | null = null;
  postMessage(data: unknown) {
    posted.push(readMessage(data));
  }
  close() {}
}

beforeEach(() => {
  posted.length = 0;
  vi.stubGlobal("BroadcastChannel", RecordingChannel);
});
afterEach(() => vi.unstubAllGlobals());

const moves = () => posted.filter((message) => (message as { type?: string } | null)?.type === "go");

describe("the speaker-notes window's keys", () => {
  it.each(Object.entries(SLIDE_KEYS))("%j steps the presentation as it does in the presentation itself", (key, move) => {
    render(<SpeakerNotesWindow channelId="0f8e5a2c-4b1d-4e7a-9c3b-2d6f1a8e7b90" />);
    fireEvent.keyDown(window, { key });
    expect(moves()).toEqual([{ type: "go", move }]);
  });

  it("leaves Space on its own buttons to the button, and keys with Ctrl, Alt or Cmd to the browser", () => {
    render(<SpeakerNotesWindow channelId="0f8e5a2c-4b1d-4e7a-9c3b-2d6f1a8e7b90" />);
    fireEvent.keyDown(screen.getByRole("button", { name: "Next →" }), { key: " " });
    fireEvent.keyDown(window, { key: "ArrowRight", altKey: true });
    fireEvent.keyDown(window, { key: "End", ctrlKey: true });
    expect(moves()).toEqual([]);
  });
});
