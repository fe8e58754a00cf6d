//! The reader: which article is open or on its way, its rendered body, scroll and typed link digits.
use super::body::{self, Body};
use crate::model::{Article, ArticleId};

/// An article on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenArticle {
    /// The whole article.
    pub article: Article,
    /// Its body at `width`.
    pub body: Body,
    /// The width the body was rendered at.
    pub width: u16,
}

impl OpenArticle {
    /// Renders `article` for a body `width` columns wide.
    pub fn new(article: Article, width: u16) -> OpenArticle {
        let body = render_body(&article, width);
        OpenArticle {
            article,
            body,
            width,
        }
    }

    /// Renders again if the width changed (the terminal was resized).
    pub fn rewrap(&mut self, width: u16) {
        if width != self.width {
            self.body = render_body(&self.article, width);
            self.width = width;
        }
    }
}

fn render_body(article: &Article, width: u16) -> Body {
    let html = [&article.content_html, &article.summary_html]
        .into_iter()
        .flatten()
        .find(|h| !h.trim().is_empty());
    html.map(|h| body::render(h, width, article.summary.url.as_deref()))
        .unwrap_or_default()
}

/// The reader's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reader {
    /// Number of the latest article request; older answers are dropped.
    pub request: u64,
    /// The article asked for and not yet arrived.
    pub loading: Option<ArticleId>,
    /// The article shown.
    pub open: Option<OpenArticle>,
    /// First body line on screen.
    pub scroll: usize,
    /// Digits typed towards a link number.
    pub digits: String,
}

impl Reader {
    /// Whether the reader pane is shown.
    pub fn is_open(&self) -> bool {
        self.loading.is_some() || self.open.is_some()
    }

    /// Closes the reader.
    pub fn close(&mut self) {
        self.loading = None;
        self.open = None;
        self.scroll = 0;
        self.digits.clear();
    }

    /// Scrolls by `delta` lines within a viewport of `height`.
    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        let max = self
            .open
            .as_ref()
            .map_or(0, |o| o.body.lines.len().saturating_sub(height.max(1)));
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }
}
