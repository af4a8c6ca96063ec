"use client";
import { type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/layout/useHydrated";
import { glossaryHref } from "@/lib/glossary/href";
import type { GlossaryId } from "@/lib/glossary/phrases";
import type { GlossaryTerm } from "@/lib/glossary/types";
import { loadTerm } from "./load-term";
import "./term.css";

/** The least gap, in px, between an open definition and the viewport's edges. */
const VIEWPORT_MARGIN = 8;

/**
 * A technical term's first use on a page, its words unchanged. Without JavaScript it is a link to
 * the term's glossary entry. Once the page is live it is a disclosure button (click, tap, Enter or
 * Space) that opens the short plain definition just below the term, with the glossary link inside
 * it; Escape, a click elsewhere or moving focus on closes it. A modified click (new tab, new window)
 * still follows the link. The definitions download the first time a reader points at, focuses or
 * opens a term (load-term), so a page that is only read carries none of them.
 */
export function Term({ id, children }: { id: GlossaryId; children: ReactNode }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [entry, setEntry] = useState<GlossaryTerm | "failed" | null>(null);
  const definitionId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const trigger = useRef<HTMLAnchorElement>(null);
  const definition = useRef<HTMLSpanElement>(null);
  const href = glossaryHref(id);

  // Kept inside the viewport: a term near the right edge opens its definition shifted left, before paint.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the entry arrives and changes the box's size
  useLayoutEffect(() => {
    const box = definition.current;
    if (!open || !box) return;
    box.style.setProperty("--term-shift", "0px");
    const { left, right } = box.getBoundingClientRect();
    const edge = document.documentElement.clientWidth - VIEWPORT_MARGIN;
    const shift = right > edge ? Math.max(edge - right, VIEWPORT_MARGIN - left) : Math.max(0, VIEWPORT_MARGIN - left);
    box.style.setProperty("--term-shift", `${shift}px`);
  }, [open, entry]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  if (!hydrated)
    return (
      <span className="term" data-term={id}>
        <a className="term-link" href={href}>
          {children}
        </a>
      </span>
    );

  const load = () => {
    if (entry === null || entry === "failed") loadTerm(id).then(setEntry, () => setEntry("failed"));
  };
  const toggle = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!open) load();
    setOpen(!open);
  };
  // Enter already clicks a link; a button also answers Space (and the page must not scroll for it).
  const pressSpace = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== " ") return;
    event.preventDefault();
    if (!open) load();
    setOpen(!open);
  };
  // Escape from the button or the link inside the definition closes it, focus back on the term.
  const closeOnEscape = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    setOpen(false);
    trigger.current?.focus();
  };

  // Open over the text below it, the definition closes once keyboard focus moves on past it.
  const closeOnFocusLeaving = (event: FocusEvent<HTMLSpanElement>) => {
    if (event.relatedTarget instanceof Node && !wrapper.current?.contains(event.relatedTarget)) setOpen(false);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape and focus leaving, from the link or the definition inside, close the term
    <span className="term" data-term={id} ref={wrapper} onKeyDown={closeOnEscape} onBlur={closeOnFocusLeaving}>
      {/* biome-ignore lint/a11y/useSemanticElements: a link to the glossary entry without JavaScript, a disclosure button with it */}
      <a
        ref={trigger}
        className="term-link"
        href={href}
        role="button"
        aria-expanded={open}
        // Rendered only while open, so a closed term adds no hidden words to its sentence's text.
        aria-controls={open ? definitionId : undefined}
        onClick={toggle}
        onKeyDown={pressSpace}
        onPointerEnter={load}
        onFocus={load}
      >
        {children}
      </a>
      {open && (
        <span className="term-definition" id={definitionId} ref={definition}>
          {entry === null ? (
            <>
              Loading the definition… <a href={href}>Glossary entry</a>
            </>
          ) : entry === "failed" ? (
            <>
              The definition did not load. <a href={href}>Read it in the glossary</a>
            </>
          ) : (
            <>
              {entry.plain} <a href={href}>{entry.term} in the glossary</a>
            </>
          )}
        </span>
      )}
    </span>
  );
}
