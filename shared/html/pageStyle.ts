// The exported page's small stylesheet. Logical properties only, so the same rules serve
// right-to-left and left-to-right blocks; the direction itself comes from `dir`, never from CSS.
export const PAGE_STYLE = `
body{margin:0;font-family:"Rubik","Noto Sans Hebrew","DejaVu Sans",Arial,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}
.skip-link{position:absolute;inset-inline-start:-9999px}
.skip-link:focus{inset-inline-start:1rem;inset-block-start:1rem;background:#fff;padding:.5rem;z-index:1}
main{max-inline-size:42rem;margin-inline:auto;padding-inline:1rem;padding-block:2rem}
h1{font-size:2rem;line-height:1.25;margin-block:0 .5rem}
.lead{font-size:1.25rem;color:#333;margin-block:0 .75rem}
.byline{color:#555;margin-block:0}
time{color:#555}
p,li{text-align:start}
ul,ol{padding-inline-start:1.5rem}
blockquote{margin-inline:0;padding-inline-start:1rem;border-inline-start:4px solid #888}
.pull-quote{font-size:1.4rem;margin-block:1.5rem}
.pull-quote footer{font-size:1rem;color:#555}
figure{margin-inline:0;margin-block:1.5rem}
figure img{max-inline-size:100%;block-size:auto;display:block}
figcaption{font-size:.9rem;color:#444;margin-block-start:.25rem}
.credit{color:#555}
a{color:#0645ad}
`.trim();
