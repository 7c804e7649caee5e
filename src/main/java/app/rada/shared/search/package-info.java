/**
 * Search that understands Polish and English word forms. {@link app.rada.shared.search.WordForms} turns
 * a text into the terms to store for it and a typed query into words with the terms each may match;
 * {@link app.rada.shared.search.SearchQuery} decides whether a stored word matches (by its forms, by the
 * start of a word still being typed, or by a small typo) and splits a text into highlighted segments.
 * Every kind of content (ideas, comments, sessions…) stores the terms next to its rows in the database.
 */
@NullMarked
package app.rada.shared.search;

import org.jspecify.annotations.NullMarked;
