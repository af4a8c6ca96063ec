import { NotFoundMessage } from "@/components/layout/NotFoundMessage";

/** An embed that does not exist: the message alone, as an iframe on another site shows it. */
export default function BareNotFound() {
  return <NotFoundMessage />;
}
