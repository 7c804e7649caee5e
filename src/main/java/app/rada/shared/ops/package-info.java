/** Figures for whoever runs the portal: metrics of open pages, round trips and the cluster. */
@NullMarked
package app.rada.shared.ops;

import org.jspecify.annotations.NullMarked;
