//! The reader: which article is open or on its way, its rendered body, scroll and typed link digits.
//!
//! The body is rendered off the UI thread (`Effect::Render(RenderBody)`, answered by `Msg::BodyRendered`):
//! parsing a stranger's HTML takes time, and keys must keep working meanwhile.
use crate::model::{Article, ArticleId};
use crate::text::layout::{Body, body_html};
use crate::tui::msg::{Effect, RenderBody};

/// An article on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenArticle {
    /// The whole article.
    pub article: Article,
    /// Its body, as last rendered (empty until the first rendering arrives).
    pub body: Body,
    /// The width the body is wanted at.
    pub width: u16,
    /// The width `body` was rendered at; `None` until a rendering has arrived.
    pub rendered_width: Option<u16>,
}

impl OpenArticle {
    /// `article`, for a body `width` columns wide, not rendered yet.
    pub fn new(article: Article, width: u16) -> OpenArticle {
        OpenArticle {
            article,
            body: Body::default(),
            width,
            rendered_width: None,
        }
    }

    /// The rendering to ask for, for reader request `request`.
    pub fn render_effect(&self, request: u64) -> Effect {
        Effect::Render(RenderBody {
            request,
            html: body_html(&self.article).unwrap_or_default().to_owned(),
            width: self.width,
            base: self.article.summary.url.clone(),
        })
    }

    /// Wants the body at `width`; true when that needs a new rendering (the terminal was resized).
    pub fn rewrap(&mut self, width: u16) -> bool {
        let changed = width != self.width;
        self.width = width;
        changed
    }

    /// Takes a rendering made at `width`, unless another width is wanted by now.
    pub fn rendered(&mut self, width: u16, body: Body) -> bool {
        if width != self.width {
            return false;
        }
        self.body = body;
        self.rendered_width = Some(width);
        true
    }

    /// Whether the body shown is still on its way.
    pub fn is_rendering(&self) -> bool {
        self.rendered_width.is_none()
    }
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
    /// The preview is on: the reader follows the list's cursor (`v`).
    pub preview: bool,
    /// The article the preview will load once the cursor rests (`Msg::PreviewDue`).
    pub scheduled: Option<ArticleId>,
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
        self.scheduled = None;
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
