namespace SchoolSupport.Domain; public static class Placeholder {}
