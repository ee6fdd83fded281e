/**
 * A usage error from @effect/cli (a tree of help paragraphs) flattened into the one line printed on
 * stderr. After `Argv`'s check, what still reaches here is a value a flag's parser refused.
 */
import type * as HelpDoc from "@effect/cli/HelpDoc"
import type * as Span from "@effect/cli/HelpDoc/Span"
import type * as ValidationError from "@effect/cli/ValidationError"

const spanText = (span: Span.Span): string => {
  switch (span._tag) {
    case "Text":
    case "URI":
      return span.value
    case "Sequence":
      return spanText(span.left) + spanText(span.right)
    default:
      return spanText(span.value)
  }
}

const docTexts = (doc: HelpDoc.HelpDoc): Array<string> => {
  switch (doc._tag) {
    case "Header":
    case "Paragraph":
      return [spanText(doc.value)]
    case "Sequence":
      return [...docTexts(doc.left), ...docTexts(doc.right)]
    case "Enumeration":
      return doc.elements.flatMap(docTexts)
    case "DescriptionList":
      return doc.definitions.flatMap(([span, inner]) => [spanText(span), ...docTexts(inner)])
    case "Empty":
      return []
  }
}

/** A usage error as one plain line. */
export const usageLine = (error: ValidationError.ValidationError): string =>
  docTexts(error.error)
    .map((t) => t.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" "))
    .filter((t) => t !== "")
    .join("; ")
