package app.rada.ideas;

/** A department ideas are assigned to; a retired one is no longer suggested. */
public record DepartmentOption(long id, String name, boolean retired) {
}
