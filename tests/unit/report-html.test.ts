import { describe, expect, it } from "vitest";
import { html } from "@/lib/report/html";

describe("html (the report's escaping template)", () => {
  it("escapes interpolated text and attribute values, not nested html", () => {
    const name = `<img src=x onerror="alert('x')"> & co`;
    const inner = html`<b>${name}</b>`;
    expect(html`<a title="${name}">${inner}</a>`.value).toBe(
      '<a title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co"><b>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</b></a>',
    );
  });

  it("joins arrays and drops null, undefined and false", () => {
    expect(html`${[html`<i>1</i>`, 2, null, undefined, false, "<"]}`.value).toBe("<i>1</i>2&lt;");
  });
});
