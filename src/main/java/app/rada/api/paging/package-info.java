/** Helpers the feature endpoints share for paging through the modules' services. */
@NullMarked
package app.rada.api.paging;

import org.jspecify.annotations.NullMarked;
