"use client";
// A page that fails to render shows the message in its own frame: the site's chrome, or bare for embeds.
export { PageError as default } from "@/components/layout/PageError";
