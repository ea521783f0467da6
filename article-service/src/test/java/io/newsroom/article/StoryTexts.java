package io.newsroom.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Made-up article texts for the story tests: random words of a list written for them, unique per seed. */
public final class StoryTexts {

    private static final String[] WORDS = ("harbour council ferry subsidy mayor budget vote tuesday morning river bridge "
            + "repair contract engineers delay winter storm coast village school teachers union strike wages talks "
            + "minister transport railway station platform tickets fares commuters survey residents water supply pipes "
            + "flooding pumps farmers harvest grain prices market traders export license court ruling appeal judge "
            + "hospital nurses shift clinic vaccine doses library museum exhibition painter festival music stage crowd "
            + "police patrol night traffic lights cyclists lane parking fees shops owners rent tenants housing plan "
            + "tower builders permit forest fire crews helicopters smoke wind north south east west island airport "
            + "runway flights pilots airline fuel tax revenue deficit report auditors pension fund savings bank loan "
            + "interest rate inflation figures office statement spokesman agreed rejected announced expected said").split(" ");

    private StoryTexts() {
    }

    /** About words long, a full stop every eleven words. */
    public static String article(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(i % 11 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(i % 11 == 10 ? ". " : " ");
        }
        return text.toString().strip() + ".";
    }

    /** The text with the words at these positions replaced by others. */
    public static String edited(String text, int... positions) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        for (int position : positions) {
            words.set(position, "altered" + position);
        }
        return String.join(" ", words);
    }

    /** The first share of the text's words. */
    public static String shortened(String text, double share) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, (int) (words.length * share)));
    }
}
