//! The one way into an HTML parser. html5ever's tree builder (behind html2text, ammonia and
//! dom_smoothie) is quadratic in nesting depth: each start tag scans the stack of open elements,
//! so 16,000 nested `<div>` take seconds and the 400,000 a 2 MB body allows would take the better
//! part of an hour. Browsers cap the depth (Blink and WebKit at 512); html5ever does not. So every
//! document is measured first, and one nested deeper than [`MAX_DEPTH`], or whose tags times depth
//! pass [`MAX_WORK`], is refused: its callers show its plain text instead (the reader, `show`) or
//! report it (full text).
//!
//! The depth is measured with html5ever itself, building a tree that records only parents: a
//! hand-written tag scanner would have to re-implement the tree builder (implied end tags, `</p>`
//! in button scope, `</form>`, foreign content, formatting elements re-opened), and every gap would
//! let real nesting hide from it. Each element's depth is found by walking its ancestors, never
//! more than `MAX_DEPTH + 1` of them, and the document is fed in pieces so the measure stops soon
//! after a bound is passed: the measure itself costs at most about `MAX_WORK`.
//!
//! The parsers are reached only through [`Bounded`], which only [`bounded`] makes; clippy's
//! `disallowed-methods` (clippy.toml) refuses any other call to them.
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, LocalName, Namespace, QualName};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The deepest element nesting accepted. Real article pages stay under 40 (the readability test
/// pages in `shared/pages` reach at most 26); browsers stop nesting at 512.
pub const MAX_DEPTH: usize = 256;

/// The most tree-building work accepted, as tags × deepest nesting: each tag costs the tree builder
/// a scan of the open elements, so 253 nested `<div>` followed by 200,000 paragraphs is as slow as
/// deep nesting. The heaviest readability test page (engadget: 3,280 tags, 26 deep) needs 85,000.
const MAX_WORK: usize = 2_000_000;

/// Bytes fed to the measuring parser at a time: it stops at the first piece past the limit.
const PIECE: usize = 4096;

/// Why a document was not parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("its markup is nested too deeply to be parsed safely")]
pub struct TooDeep;

/// HTML whose nesting was measured and found within [`MAX_DEPTH`]: what the parsers take.
#[derive(Debug, Clone, Copy)]
pub struct Bounded<'a>(&'a str);

/// `html`, if it is nested no deeper than [`MAX_DEPTH`].
pub fn bounded(html: &str) -> Result<Bounded<'_>, TooDeep> {
    if depth_exceeds(html, MAX_DEPTH) {
        Err(TooDeep)
    } else {
        Ok(Bounded(html))
    }
}

impl<'a> Bounded<'a> {
    /// The document's text.
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

/// html2text's text rendering of `html` at `width` columns.
#[allow(clippy::disallowed_methods)]
pub fn text<D: html2text::render::TextDecorator>(
    config: html2text::config::Config<D>,
    html: Bounded<'_>,
    width: usize,
) -> Result<String, html2text::Error> {
    config.string_from_read(html.0.as_bytes(), width)
}

/// html2text's lines of `html` at `width` columns, with their annotations.
#[allow(clippy::disallowed_methods)]
pub fn lines<D: html2text::render::TextDecorator>(
    config: html2text::config::Config<D>,
    html: Bounded<'_>,
    width: usize,
) -> Result<Vec<html2text::render::TaggedLine<Vec<D::Annotation>>>, html2text::Error> {
    config.lines_from_read(html.0.as_bytes(), width)
}

/// mozilla/readability's main content of the page `html` found at `url`.
#[allow(clippy::disallowed_methods)]
pub fn readability(
    html: Bounded<'_>,
    url: &str,
    config: dom_smoothie::Config,
) -> Result<dom_smoothie::Article, dom_smoothie::ReadabilityError> {
    dom_smoothie::Readability::new(html.0, Some(url), Some(config))?.parse()
}

/// `html` cleaned by `builder` (ammonia's allow-list sanitizer).
#[allow(clippy::disallowed_methods)]
pub fn clean(builder: &ammonia::Builder<'_>, html: Bounded<'_>) -> String {
    builder.clean(html.0).to_string()
}

/// `text` as HTML paragraphs (one per blank-line-separated block), for a document that could not
/// be parsed but whose words should still be shown.
pub fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|p| format!("<p>{}</p>", html_escape::encode_text(p)))
        .collect()
}

/// Whether html5ever, parsing `html` as a document, would nest an element deeper than `limit`, or
/// spend more than [`MAX_WORK`] on it.
fn depth_exceeds(html: &str, limit: usize) -> bool {
    // The tree builder adds at most html, head and body, and per tag at most three elements
    // (tbody and tr for a lone cell, a re-opened formatting element): few tags, no deep tree.
    let tags = memchr::memchr_iter(b'<', html.as_bytes()).count();
    if tags.saturating_mul(4).saturating_add(3) <= limit {
        return false;
    }
    let sink = DepthSink::new(limit);
    let deepest = Rc::clone(&sink.deepest);
    #[allow(clippy::disallowed_methods)] // The measure itself.
    let mut parser = html5ever::parse_document(sink, Default::default());
    let mut rest = html;
    let mut tags = 0usize;
    while !rest.is_empty() {
        let mut cut = rest.len().min(PIECE);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let piece = &rest[..cut];
        tags += memchr::memchr_iter(b'<', piece.as_bytes()).count();
        parser.process(StrTendril::from_slice(piece));
        let depth = deepest.get();
        // Both only grow: once past a bound, the whole document is.
        if depth > limit || tags.saturating_mul(depth) > MAX_WORK {
            return true;
        }
        rest = &rest[cut..];
    }
    drop(parser);
    false
}

/// A tree of parents only, for measuring depth.
struct DepthSink {
    limit: usize,
    /// Node 0 is the document.
    nodes: RefCell<Vec<Node>>,
    /// The deepest element seen (counted up to `limit + 1`).
    deepest: Rc<Cell<usize>>,
}

struct Node {
    parent: Option<usize>,
    /// The element's name (the document and other nodes have an empty one).
    name: QualName,
    /// Children appended, some possibly moved away since (checked against `parent` when read).
    children: Vec<usize>,
}

impl DepthSink {
    fn new(limit: usize) -> DepthSink {
        DepthSink {
            limit,
            nodes: RefCell::new(vec![Node::new(Self::nameless())]),
            deepest: Rc::new(Cell::new(0)),
        }
    }

    fn nameless() -> QualName {
        QualName::new(None, Namespace::from(""), LocalName::from(""))
    }

    fn add(&self, name: QualName) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(name));
        nodes.len() - 1
    }

    /// Makes `child` the last child of `parent`, and notes whether it now lies too deep.
    fn attach(&self, parent: usize, child: NodeOrText<usize>) {
        let NodeOrText::AppendNode(child) = child else {
            return;
        };
        let mut nodes = self.nodes.borrow_mut();
        detach(&mut nodes, child);
        nodes[child].parent = Some(parent);
        nodes[parent].children.push(child);
        // Ancestors of the new node, counted up to one past the limit.
        let mut depth = 0;
        let mut at = Some(parent);
        while let Some(node) = at.filter(|_| depth <= self.limit) {
            depth += 1;
            at = nodes[node].parent;
        }
        self.deepest.set(self.deepest.get().max(depth));
    }
}

impl Node {
    fn new(name: QualName) -> Node {
        Node {
            parent: None,
            name,
            children: Vec::new(),
        }
    }
}

/// Forgets `node`'s parent; the parent's list of children is pruned lazily.
fn detach(nodes: &mut [Node], node: usize) {
    nodes[node].parent = None;
}

/// An element's name, cloned out of the tree (html5ever asks for names while it changes the tree).
#[derive(Debug)]
struct Name(QualName);

impl html5ever::interface::ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl TreeSink for DepthSink {
    type Handle = usize;
    type Output = usize;
    type ElemName<'a> = Name;

    fn finish(self) -> usize {
        self.deepest.get()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name(&self, target: &usize) -> Name {
        Name(self.nodes.borrow()[*target].name.clone())
    }

    fn create_element(&self, name: QualName, _: Vec<Attribute>, _: ElementFlags) -> usize {
        self.add(name)
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.add(Self::nameless())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.add(Self::nameless())
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.attach(*parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let parent = self.nodes.borrow()[*element].parent;
        self.attach(parent.unwrap_or(*prev_element), child);
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        // The contents hang off their template, so a `<template>` cannot restart the count.
        let contents = self.add(Self::nameless());
        self.attach(*target, NodeOrText::AppendNode(contents));
        contents
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let parent = self.nodes.borrow()[*sibling].parent;
        if let Some(parent) = parent {
            self.attach(parent, new_node);
        }
    }

    fn add_attrs_if_missing(&self, _target: &usize, _attrs: Vec<Attribute>) {}

    fn remove_from_parent(&self, target: &usize) {
        detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let children = std::mem::take(&mut self.nodes.borrow_mut()[*node].children);
        for child in children {
            if self.nodes.borrow()[child].parent == Some(*node) {
                self.attach(*new_parent, NodeOrText::AppendNode(child));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deepest nesting html5ever builds for `html` (up to one past the limit).
    #[allow(clippy::disallowed_methods)]
    fn depth(html: &str) -> usize {
        html5ever::parse_document(DepthSink::new(MAX_DEPTH), Default::default()).one(html)
    }

    #[test]
    fn measures_what_the_tree_builder_builds() {
        // html, body, then the divs.
        assert_eq!(depth("<div><div>x</div></div>"), 4);
        assert_eq!(depth("<p>a<p>b<p>c"), 3, "a <p> closes the open one");
        assert_eq!(depth("<ul><li>a<li>b<li>c</ul>"), 4);
        assert_eq!(depth(&"<div/>".repeat(20)), 22, "<div/> does not close");
        assert_eq!(depth("<svg><g/><g/><g/></svg>"), 4, "/> closes in SVG");
    }

    #[test]
    fn nesting_the_tree_builder_hides_from_a_tag_counter_is_measured() {
        // Each of these leaves one more element open per round, though every tag looks closed.
        for (round, what) in [
            ("<form><div></form>", "</form> removes only the form"),
            ("<p><object></p>", "</p> does not reach past an object"),
            ("<div></body>", "</body> closes nothing"),
            ("<table><tr><td><svg><td>", "cells nest inside SVG"),
        ] {
            let html = round.repeat(MAX_DEPTH);
            assert!(bounded(&html).is_err(), "{what}: not measured deep enough");
        }
    }

    #[test]
    fn the_readability_test_pages_are_well_within_the_limit() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/pages");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let Ok(html) = std::fs::read_to_string(entry.path().join("source.html")) else {
                continue;
            };
            pages += 1;
            let found = depth(&html);
            assert!(found <= 40, "{}: {found}", entry.path().display());
        }
        assert!(pages >= 10);
    }

    #[test]
    fn a_deep_document_is_refused_and_a_shallow_one_kept() {
        let deep = "<div>".repeat(MAX_DEPTH) + "x";
        assert_eq!(bounded(&deep).unwrap_err(), TooDeep);
        let ok = "<div>".repeat(MAX_DEPTH - 3) + "x";
        assert_eq!(bounded(&ok).unwrap().as_str(), ok);
        assert!(bounded("<p>few tags</p>").is_ok());
    }

    #[test]
    fn a_document_both_deep_and_long_is_refused() {
        let deep = "<div>".repeat(200);
        assert!(bounded(&(deep.clone() + &"<p>x</p>".repeat(1_000))).is_ok());
        assert!(bounded(&(deep + &"<p>x</p>".repeat(20_000))).is_err());
    }

    #[test]
    fn paragraphs_escape_the_text() {
        assert_eq!(paragraphs("a <b>\n\nc"), "<p>a &lt;b&gt;</p><p>c</p>");
    }
}
