package vn.antq.domain.scoring;

import vn.antq.domain.Localized;

/** One level of a classification profile: reached at {@code minPoints} or more (inclusive). */
public record ClassificationLevel(Classification code, int minPoints, Localized label) {
}
