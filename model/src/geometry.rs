//! Plane geometry for the diagram: boxes, segments and their intersections, and a
//! deliberately generous estimate of text width (so real fonts fit inside).

/// An axis-aligned box, by its centre and size, in diagram units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
#[cfg_attr(feature = "wire", derive(serde::Serialize, serde::Deserialize))]
pub struct Rect {
    pub cx: f32,
    pub cy: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn left(&self) -> f32 {
        self.cx - self.w / 2.0
    }
    pub fn right(&self) -> f32 {
        self.cx + self.w / 2.0
    }
    pub fn top(&self) -> f32 {
        self.cy - self.h / 2.0
    }
    pub fn bottom(&self) -> f32 {
        self.cy + self.h / 2.0
    }

    pub fn grown(&self, by: f32) -> Rect {
        Rect {
            w: self.w + 2.0 * by,
            h: self.h + 2.0 * by,
            ..*self
        }
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left() < other.right()
            && other.left() < self.right()
            && self.top() < other.bottom()
            && other.top() < self.bottom()
    }

    pub fn inside(&self, width: f32, height: f32) -> bool {
        self.left() >= 0.0 && self.top() >= 0.0 && self.right() <= width && self.bottom() <= height
    }

    /// Where the line from this box's centre towards `p` leaves the box, so an edge
    /// (and its arrowhead) can end at the border instead of under the box.
    pub fn border_towards(&self, p: (f32, f32)) -> (f32, f32) {
        let (dx, dy) = (p.0 - self.cx, p.1 - self.cy);
        let sx = if dx == 0.0 {
            f32::INFINITY
        } else {
            self.w / 2.0 / dx.abs()
        };
        let sy = if dy == 0.0 {
            f32::INFINITY
        } else {
            self.h / 2.0 / dy.abs()
        };
        let s = sx.min(sy).min(1.0);
        (self.cx + dx * s, self.cy + dy * s)
    }

    /// Whether the segment from `a` to `b` passes through this box (Liang–Barsky).
    pub fn hit_by(&self, a: (f32, f32), b: (f32, f32)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let mut t0: f32 = 0.0;
        let mut t1: f32 = 1.0;
        let checks = [
            (-dx, a.0 - self.left()),
            (dx, self.right() - a.0),
            (-dy, a.1 - self.top()),
            (dy, self.bottom() - a.1),
        ];
        for (p, q) in checks {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// Width of `text` at `font_size`, erring wide: 0.62 em a character is above the
/// average advance of common sans-serif faces, so the box holds the real glyphs.
pub fn text_width(text: &str, font_size: f32) -> f32 {
    text.chars().count() as f32 * font_size * 0.62
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: Rect = Rect {
        cx: 10.0,
        cy: 10.0,
        w: 4.0,
        h: 4.0,
    };

    #[test]
    fn segments_through_and_past_a_box() {
        assert!(BOX.hit_by((0.0, 10.0), (20.0, 10.0)));
        assert!(BOX.hit_by((10.0, 0.0), (10.0, 9.0)));
        assert!(!BOX.hit_by((0.0, 0.0), (20.0, 0.0)));
        assert!(!BOX.hit_by((0.0, 10.0), (7.0, 10.0)));
        assert!(BOX.hit_by((0.0, 0.0), (20.0, 20.0)));
    }

    #[test]
    fn border_points_lie_on_the_box() {
        assert_eq!(BOX.border_towards((20.0, 10.0)), (12.0, 10.0));
        assert_eq!(BOX.border_towards((10.0, 0.0)), (10.0, 8.0));
        assert_eq!(BOX.border_towards((20.0, 20.0)), (12.0, 12.0));
    }

    #[test]
    fn boxes_overlap_only_when_they_share_area() {
        let right = Rect { cx: 14.0, ..BOX };
        let near = Rect { cx: 13.0, ..BOX };
        assert!(!BOX.overlaps(&right));
        assert!(BOX.overlaps(&near));
    }
}
