/** Uploaded images made safe to keep: checked, decoded and stripped of their metadata. */
@NullMarked
package app.rada.shared.images;

import org.jspecify.annotations.NullMarked;
