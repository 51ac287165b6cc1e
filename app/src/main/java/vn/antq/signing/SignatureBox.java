package vn.antq.signing;

/**
 * Where a visible signature goes: a page (1-based) and a rectangle in PDF points from the bottom left.
 */
public record SignatureBox(int page, float left, float bottom, float right, float top) {
    public float width() {
        return right - left;
    }

    public float height() {
        return top - bottom;
    }
}
