package org.cathedra.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Russian names, drawn reproducibly, and their Latin transliteration for user names and e-mails. */
final class DemoNames {

    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
            "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
            "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин",
            "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
            "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов",
            "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников");
    private static final List<String> MALE = List.of("Александр", "Дмитрий", "Максим", "Сергей", "Андрей",
            "Алексей", "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван",
            "Денис", "Евгений", "Даниил", "Тимофей", "Владимир", "Павел", "Олег", "Николай");
    private static final List<String> FEMALE = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна",
            "Ирина", "Екатерина", "Светлана", "Юлия", "Анастасия", "Дарья", "Ксения", "Полина", "Виктория",
            "Алина", "Марина", "Софья", "Вера", "Людмила", "Евгения", "Алёна", "Ксения", "Валерия");
    private static final List<String> PATRONYMICS = List.of("Александров", "Дмитриев", "Сергеев", "Андреев",
            "Алексеев", "Михайлов", "Иванов", "Владимиров", "Николаев", "Павлов", "Викторов", "Юрьев",
            "Евгеньев", "Олегов", "Петров", "Борисов");
    private static final Map<Character, String> LATIN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"));

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    /** A full name as {last, first, patronymic}, female or male at random. */
    String[] next() {
        boolean female = random.nextBoolean();
        String surname = pick(SURNAMES);
        String patronymic = pick(PATRONYMICS);
        if (female) {
            return new String[] {surname + "а", pick(FEMALE), patronymic + "на"};
        }
        return new String[] {surname, pick(MALE), patronymic + "ич"};
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** "Соколова" -> "sokolova". */
    static String latin(String cyrillic) {
        StringBuilder out = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(LATIN.getOrDefault(c, Character.isLetterOrDigit(c) ? String.valueOf(c) : ""));
        }
        return out.toString();
    }
}
