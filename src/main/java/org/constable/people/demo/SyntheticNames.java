package org.constable.people.demo;

/** Word lists for the synthetic demo force. Any resemblance of a generated person to a real one is chance. */
final class SyntheticNames {

    static final String[] FEMALE = {"Olivia", "Amelia", "Isla", "Ava", "Mia", "Sophia", "Grace", "Lily", "Freya", "Emily",
            "Margaret", "Elizabeth", "Fatima", "Aisha", "Zainab", "Maryam", "Priya", "Anjali", "Chloe", "Jessica", "Siobhan",
            "Aoife", "Agnieszka", "Katarzyna", "Oksana", "Chiamaka", "Ngozi", "Yasmin", "Sarah", "Rebecca", "Hannah", "Megan"};
    static final String[] MALE = {"Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Jack", "Charlie", "Oscar", "Jacob",
            "William", "Thomas", "James", "Mohammed", "Muhammad", "Ahmed", "Ali", "Omar", "Yusuf", "Arjun", "Rohan", "Sean",
            "Ciaran", "Piotr", "Tomasz", "Andrei", "Chukwuemeka", "Kwame", "Daniel", "Michael", "Robert", "Richard"};
    static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
            "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris",
            "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "Khan", "Hussain", "Ahmed", "Ali", "Begum",
            "Shah", "Singh", "Kaur", "Sharma", "Nowak", "Kowalski", "Murphy", "O'Brien", "Kelly", "Okafor", "Mensah", "Nguyen",
            "Chen", "Wang", "Smith-Jones", "Taylor-Brown", "MacDonald", "McCarthy", "Fitzgerald", "Abara", "Osei"};
    static final String[] STREETS = {"Acacia", "Alder", "Beech", "Birch", "Chestnut", "Elm", "Hawthorn", "Hazel", "Larch",
            "Maple", "Oak", "Rowan", "Willow", "Yew", "Station", "Church", "Mill", "Park", "Victoria", "Albert", "Mount",
            "Cromwell", "Stanley", "Grange", "Clifton", "Dover", "Milton", "Kensington", "Lindow", "Ashton"};
    static final String[] STREET_TYPES = {"Road", "Street", "Avenue", "Grove", "Lane", "Close", "Drive", "Terrace", "Way", "Crescent"};
    static final String[] LOCALITIES = {"Brookside", "Levenfield", "Ashby Green", "Northmoor", "Kingsway", "Heathside"};
    static final String[] BUILDS = {"slim", "medium", "heavy", "athletic", "stocky"};
    static final String[] HAIR = {"black", "brown", "fair", "grey", "red", "shaved", "white"};
    static final String[] MARKERS = {"WEAPONS", "VIOLENCE", "DOMESTIC_ABUSE", "MENTAL_HEALTH", "SELF_HARM", "DRUGS", "OFFICER_SAFETY"};
    static final String[] COLOURS = {"Black", "Silver", "Grey", "White", "Blue", "Red", "Green"};
    static final String[] MAKES_MODELS = {"Ford Focus", "Ford Fiesta", "Vauxhall Corsa", "Vauxhall Astra", "Volkswagen Golf",
            "Volkswagen Polo", "Toyota Yaris", "Nissan Qashqai", "BMW 3 Series", "Audi A3", "Kia Sportage", "Honda Civic"};

    private SyntheticNames() {
    }
}
