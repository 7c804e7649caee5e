package app.rada.ballots;

import app.rada.shared.Problem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * What one member chose, in the compact form it is stored in: {@code YES}/{@code NO}/{@code ABSTAIN},
 * an option position ({@code 2}), positions in order of preference ({@code 2,0,1}) or points per
 * option in option order ({@code 50,30,20}). Positions count from zero in the ballot's option order.
 */
public record Choice(String code) {

    public static Choice approve(Answer answer) {
        return new Choice(answer.name());
    }

    public static Choice single(int option) {
        return new Choice(Integer.toString(option));
    }

    public static Choice ranked(List<Integer> preference) {
        return new Choice(join(preference));
    }

    public static Choice points(List<Integer> perOption) {
        return new Choice(join(perOption));
    }

    public Answer answer() {
        return Answer.valueOf(code);
    }

    public int option() {
        return Integer.parseInt(code);
    }

    /** Option positions, most preferred first. */
    public List<Integer> ranking() {
        return numbers();
    }

    /** Points for each option, in option order. */
    public List<Integer> pointsPerOption() {
        return numbers();
    }

    private List<Integer> numbers() {
        return code.isEmpty() ? List.of() : Arrays.stream(code.split(",")).map(Integer::parseInt).toList();
    }

    /** Refuses a choice that does not fit the ballot, with a reason the member can act on. */
    public void check(BallotType type, int optionCount, int pointsBudget) {
        try {
            switch (type) {
                case APPROVE_REJECT -> answer();
                case SINGLE_CHOICE -> {
                    int option = option();
                    if (option < 0 || option >= optionCount) {
                        throw new Problem("ballots.problem.choose-one");
                    }
                }
                case RANKED -> {
                    var ranking = ranking();
                    if (ranking.isEmpty() || ranking.size() > optionCount
                            || new HashSet<>(ranking).size() != ranking.size()
                            || ranking.stream().anyMatch(p -> p < 0 || p >= optionCount)) {
                        throw new Problem("ballots.problem.ranking");
                    }
                }
                case POINTS -> {
                    var points = pointsPerOption();
                    if (points.size() != optionCount || points.stream().anyMatch(p -> p < 0)) {
                        throw new Problem("ballots.problem.points", pointsBudget);
                    }
                    int sum = points.stream().mapToInt(Integer::intValue).sum();
                    if (sum != pointsBudget) {
                        throw new Problem("ballots.problem.points", pointsBudget);
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            throw new Problem("ballots.problem.choose-one");
        }
    }

    private static String join(List<Integer> numbers) {
        return String.join(",", numbers.stream().map(String::valueOf).toList());
    }
}
