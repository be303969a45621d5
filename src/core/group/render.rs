//! The report's blocks drawn as markup (every word escaped) or as plain text.
use super::report::Block;
use crate::core::ladder::escape;

/// The report as markup; every word in it escaped.
pub fn html(blocks: &[Block]) -> String {
    let mut out = String::new();
    html_into(&mut out, blocks);
    out
}

fn html_into(out: &mut String, blocks: &[Block]) {
    let row = |out: &mut String, cells: &[String], tag: &str| {
        out.push_str("<tr>");
        for cell in cells {
            out.push_str(&format!("<{tag}>{}</{tag}>", escape(cell)));
        }
        out.push_str("</tr>");
    };
    for block in blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("<h2>{}</h2>", escape(t))),
            Block::Heading(t) => out.push_str(&format!("<h3>{}</h3>", escape(t))),
            Block::Subheading(t) => out.push_str(&format!("<h4>{}</h4>", escape(t))),
            Block::Para(t) => out.push_str(&format!("<p>{}</p>", escape(t))),
            Block::Drawing(svg) => out.push_str(svg),
            Block::Quotes(quotes) => {
                out.push_str(r#"<ul class="quotes">"#);
                for quote in quotes {
                    out.push_str(&format!(
                        "<li><blockquote>{}</blockquote></li>",
                        escape(quote)
                    ));
                }
                out.push_str("</ul>");
            }
            Block::Table { class, head, rows } => {
                out.push_str(&format!(r#"<table class="{class}"><thead>"#));
                row(out, head, "th");
                out.push_str("</thead><tbody>");
                for cells in rows {
                    row(out, cells, "td");
                }
                out.push_str("</tbody></table>");
            }
            Block::Service(blocks) => {
                out.push_str(r#"<section class="service">"#);
                html_into(out, blocks);
                out.push_str("</section>");
            }
            Block::Blank { head, rows } => {
                out.push_str(r#"<table class="blank"><thead>"#);
                row(out, head, "th");
                out.push_str("</thead><tbody>");
                for _ in 0..*rows {
                    row(out, &vec![String::new(); head.len()], "td");
                }
                out.push_str("</tbody></table>");
            }
        }
    }
}

/// The report as plain text, to copy into an email or a document.
pub fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    text_into(&mut out, blocks);
    out.trim_end().to_owned() + "\n"
}

fn text_into(out: &mut String, blocks: &[Block]) {
    for block in blocks {
        match block {
            Block::Title(t) => out.push_str(&format!("{t}\n{}\n\n", "=".repeat(t.chars().count()))),
            Block::Heading(t) => {
                out.push_str(&format!("{t}\n{}\n\n", "-".repeat(t.chars().count())))
            }
            Block::Subheading(t) => out.push_str(&format!("{t}\n\n")),
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::Drawing(_) => {}
            Block::Quotes(quotes) => {
                for quote in quotes {
                    out.push_str(&format!("“{quote}”\n"));
                }
                out.push('\n');
            }
            Block::Service(blocks) => text_into(out, blocks),
            Block::Table { head, rows, .. } => {
                out.push_str(&head.join(" | "));
                out.push('\n');
                for cells in rows {
                    out.push_str(&cells.join(" | "));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Blank { head, .. } => out.push_str(&format!("{}\n\n", head.join(" | "))),
        }
    }
}
